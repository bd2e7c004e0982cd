package com.boxoffice.node.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Runs a piece of work in one database transaction: committed when it returns, rolled back when
 * it throws. Hibernate work gets a session; plain SQL work gets a connection.
 */
public final class Transactions {

    private final SessionFactory sessionFactory;
    private final DataSource dataSource;

    public Transactions(SessionFactory sessionFactory, DataSource dataSource) {
        this.sessionFactory = sessionFactory;
        this.dataSource = dataSource;
    }

    public <T> T call(Function<Session, T> work) {
        return sessionFactory.fromTransaction(work);
    }

    public void run(Consumer<Session> work) {
        sessionFactory.inTransaction(work);
    }

    /** Plain JDBC in a transaction, for bulk statements that an ORM would only slow down. */
    public <T> T callJdbc(JdbcWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DatabaseException("transaction failed: " + e.getMessage(), e);
        }
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    /** Work on one JDBC connection inside a transaction. */
    @FunctionalInterface
    public interface JdbcWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
