package com.boxoffice.model.api;

/**
 * A cinema manager's sign-in at {@code POST /api/v1/admin/login}: the name and password that an
 * operator gave them.
 */
public record ManagerLogin(String name, String password) {

    /** Keeps the password out of logs and exception messages. */
    @Override
    public String toString() {
        return "ManagerLogin[name=" + name + "]";
    }
}
