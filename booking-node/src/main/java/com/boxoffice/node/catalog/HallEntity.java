package com.boxoffice.node.catalog;

import com.boxoffice.model.HallRef;
import com.boxoffice.model.SeatLayout;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A hall of a cinema, its seats kept as the plan text of a {@link SeatLayout}.
 */
@Entity(name = "Hall")
@Table(name = "halls")
public class HallEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cinema_id")
    private CinemaEntity cinema;

    @Column(nullable = false)
    private String name;

    @Column(name = "layout_plan", nullable = false)
    private String layoutPlan;

    @Column(name = "seat_count")
    private int seatCount;

    @Version
    private int version;

    protected HallEntity() {
    }

    public long id() {
        return id;
    }

    public CinemaEntity cinema() {
        return cinema;
    }

    public String name() {
        return name;
    }

    public int seatCount() {
        return seatCount;
    }

    public SeatLayout layout() {
        return SeatLayout.parse(layoutPlan);
    }

    /** Replaces the seats; the count follows the plan. */
    public void changeLayout(SeatLayout layout) {
        this.layoutPlan = layout.toPlan();
        this.seatCount = layout.size();
    }

    public HallRef ref() {
        return new HallRef(id, name);
    }
}
