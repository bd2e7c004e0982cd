package com.boxoffice.node.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The movies a keyword names: every word is in the folded title, or is the whole folded genre
 * or language. A keyword is about movies, not shows, so it is matched here once per movie,
 * through the movies' trigram and b-tree indexes; the search then asks only for the shows of
 * these few movies instead of testing the keyword on every show it walks past.
 */
final class MatchingMovies {

    private static final String WORD = """
            (title_folded like '%' || search_fold(?) || '%'
             or genre_folded = search_fold(?)
             or language_folded = search_fold(?))""";

    private MatchingMovies() {
    }

    /** The ids of the movies matching every word, in no particular order; empty if none. */
    static long[] ids(Connection connection, List<String> words) throws SQLException {
        String sql = "select id from movies where "
                + String.join("\nand ", words.stream().map(word -> WORD).toList());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (String word : words) {
                statement.setString(index++, escapeLike(word));
                statement.setString(index++, word);
                statement.setString(index++, word);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                return ids.stream().mapToLong(Long::longValue).toArray();
            }
        }
    }

    /** Matched literally: LIKE's wildcards and its escape character lose their meaning. */
    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
