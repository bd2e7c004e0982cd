package com.boxoffice.node.search;

import com.boxoffice.node.persistence.DatabaseException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Spelling suggestions for a keyword that finds little: each unknown word is replaced by the
 * nearest word of the catalog's titles (swapped letters count as one mistake, so "dnue" finds
 * "Dune"), and titles that look alike as a whole are found with pg_trgm's similarity.
 */
final class SpellingSuggestions {

    static final int MAX_SUGGESTIONS = 5;

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Duration VOCABULARY_AGE = Duration.ofMinutes(1);

    private static final String SIMILAR_TITLES = """
            select title
            from movies
            where title_folded % search_fold(?)
            group by title
            order by max(similarity(title_folded, search_fold(?))) desc, title
            limit ?
            """;

    private final DataSource dataSource;
    private final Clock clock;
    private volatile Vocabulary vocabulary;

    SpellingSuggestions(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    List<String> suggest(String keyword) {
        Set<String> suggestions = new LinkedHashSet<>();
        correctedWords(keyword).ifPresent(suggestions::add);
        suggestions.addAll(similarTitles(keyword));
        suggestions.removeIf(s -> fold(s).equals(fold(keyword)));
        return suggestions.stream().limit(MAX_SUGGESTIONS).toList();
    }

    private Optional<String> correctedWords(String keyword) {
        Vocabulary words = vocabulary();
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : WORD_BREAK.split(keyword.strip())) {
            if (word.isEmpty()) {
                continue;
            }
            String folded = fold(word);
            String known = words.original(folded);
            String replacement = known != null ? known : words.nearest(folded);
            changed |= known == null && replacement != null;
            corrected.add(replacement != null ? replacement : word);
        }
        return changed ? Optional.of(String.join(" ", corrected))
                : Optional.empty();
    }

    private List<String> similarTitles(String keyword) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SIMILAR_TITLES)) {
            statement.setString(1, keyword);
            statement.setString(2, keyword);
            statement.setInt(3, MAX_SUGGESTIONS);
            List<String> titles = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    titles.add(rows.getString(1));
                }
            }
            return titles;
        } catch (SQLException e) {
            throw new DatabaseException("finding similar titles failed: " + e.getMessage(), e);
        }
    }

    private Vocabulary vocabulary() {
        Vocabulary current = vocabulary;
        long now = clock.millis();
        if (current == null || now - current.loadedAtMillis() > VOCABULARY_AGE.toMillis()) {
            current = loadVocabulary(now);
            vocabulary = current;
        }
        return current;
    }

    private Vocabulary loadVocabulary(long now) {
        Map<String, String> originals = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select title from movies");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                for (String word : WORD_BREAK.split(rows.getString(1))) {
                    if (word.length() > 1) {
                        originals.putIfAbsent(fold(word), word);
                        counts.merge(fold(word), 1, Integer::sum);
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("reading titles failed: " + e.getMessage(), e);
        }
        return new Vocabulary(originals, counts, now);
    }

    /** Lower case without accents, as the database's search_fold() does. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * The optimal string alignment distance: insertions, deletions, substitutions and swaps of
     * two neighbouring letters each count one.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The words of all titles, folded, with their spelling in a title and how often. */
    private record Vocabulary(Map<String, String> originals, Map<String, Integer> counts,
                              long loadedAtMillis) {

        String original(String folded) {
            return originals.get(folded);
        }

        /** The closest word within the mistakes a word of its length may have, if any. */
        String nearest(String folded) {
            int allowed = folded.length() <= 4 ? 1 : folded.length() <= 8 ? 2 : 3;
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (String candidate : originals.keySet()) {
                if (Math.abs(candidate.length() - folded.length()) > allowed) {
                    continue;
                }
                int distance = distance(folded, candidate);
                if (distance <= allowed && better(candidate, distance, best, bestDistance)) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best == null ? null : originals.get(best);
        }

        private boolean better(String candidate, int distance, String best, int bestDistance) {
            if (best == null || distance != bestDistance) {
                return distance < bestDistance;
            }
            int byCount = Integer.compare(counts.get(candidate), counts.get(best));
            return byCount != 0 ? byCount > 0 : candidate.compareTo(best) < 0;
        }
    }
}
