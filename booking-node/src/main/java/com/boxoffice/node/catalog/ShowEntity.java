package com.boxoffice.node.catalog;

import com.boxoffice.model.Money;
import com.boxoffice.model.SeatPrice;
import com.boxoffice.model.SeatType;
import com.boxoffice.model.api.ShowView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One screening of a movie in a hall, with its adult price per kind of seat.
 */
@Entity(name = "Show")
@Table(name = "shows")
public class ShowEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "movie_id")
    private MovieEntity movie;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hall_id")
    private HallEntity hall;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ShowStatus status = ShowStatus.SCHEDULED;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "show_prices", joinColumns = @JoinColumn(name = "show_id"))
    @MapKeyColumn(name = "seat_type")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<SeatType, PriceColumns> prices = new HashMap<>();

    @Version
    private int version;

    protected ShowEntity() {
    }

    public long id() {
        return id;
    }

    public MovieEntity movie() {
        return movie;
    }

    public HallEntity hall() {
        return hall;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public ShowStatus status() {
        return status;
    }

    /** Sales close when the show starts, and a cancelled show is not sold at all. */
    public boolean onSaleAt(Instant now) {
        return status == ShowStatus.SCHEDULED && now.isBefore(startsAt);
    }

    public void cancel() {
        this.status = ShowStatus.CANCELLED;
    }

    public Map<SeatType, Money> prices() {
        Map<SeatType, Money> result = new EnumMap<>(SeatType.class);
        prices.forEach((type, price) -> result.put(type, price.toMoney()));
        return result;
    }

    /** The show as the browse calls list it, its times in the cinema's zone. */
    public ShowView toView() {
        ZoneId zone = hall.cinema().zone();
        List<SeatPrice> seatPrices = prices().entrySet().stream()
                .map(price -> new SeatPrice(price.getKey(), price.getValue()))
                .toList();
        return new ShowView(id, startsAt.atZone(zone).toOffsetDateTime(),
                endsAt.atZone(zone).toOffsetDateTime(), hall.ref(), seatPrices);
    }

    /** A price as the show_prices table holds it. */
    @Embeddable
    public static class PriceColumns {

        @Column(name = "amount_minor")
        private long amountMinor;

        @Column(name = "currency", columnDefinition = "char(3)")
        private String currency;

        protected PriceColumns() {
        }

        Money toMoney() {
            return Money.of(amountMinor, currency.strip());
        }
    }
}
