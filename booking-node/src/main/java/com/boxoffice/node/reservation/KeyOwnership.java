package com.boxoffice.node.reservation;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.function.Function;

/**
 * A reservation, and the booking paid from it, belong to the API key that made the hold. Any
 * other key is answered as if the reservation did not exist, so that ids cannot be probed.
 * A hold made inside the node without a key (none are, through the API) has no owner.
 */
public final class KeyOwnership {

    private final ReservationEngine engine;
    private final Function<Context, String> apiKeyIdOf;

    public KeyOwnership(ReservationEngine engine, Function<Context, String> apiKeyIdOf) {
        this.engine = engine;
        this.apiKeyIdOf = apiKeyIdOf;
    }

    /** True when the reservation exists and another key than the caller's made it. */
    public boolean hiddenFrom(Context ctx, String reservationId) {
        return engine.find(reservationId).filter(found -> hides(ctx, found)).isPresent();
    }

    /** True when another key than the caller's made this reservation, already read. */
    public boolean hides(Context ctx, Reservation reservation) {
        return reservation.apiKeyId() != null
                && !Objects.equals(reservation.apiKeyId(), apiKeyIdOf.apply(ctx));
    }
}
