package com.boxoffice.bench;

import com.boxoffice.bench.baseline.BaselineSchema;
import com.boxoffice.bench.catalog.CatalogGenerator;
import com.boxoffice.bench.catalog.CatalogSpec;
import com.boxoffice.node.persistence.Migrations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.LongStream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Prepares a fresh database for one system under test: the node's schema (its own Flyway
 * migrations), a generated catalog, and for a baseline its seat rows of the same shows.
 */
public final class Catalogs {

    private Catalogs() {
    }

    /** The ids of the generated shows, consecutive. */
    public record Shows(long first, long count) {

        public long[] ids() {
            return LongStream.range(first, first + count).toArray();
        }
    }

    public static Shows prepare(BenchPostgres postgres, String database, CatalogSpec spec,
                                boolean baseline) {
        String url = postgres.createDatabase(database);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(BenchPostgres.USER);
        Migrations.migrate(dataSource);
        try (Connection db = postgres.connect(database)) {
            long first = CatalogGenerator.generate(db, spec);
            if (baseline) {
                BaselineSchema.create(db);
                BaselineSchema.fillSeats(db, first, first + spec.shows() - 1, spec.rowsPerHall(),
                        spec.seatsPerRow());
            }
            return new Shows(first, spec.shows());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare database " + database, e);
        }
    }
}
