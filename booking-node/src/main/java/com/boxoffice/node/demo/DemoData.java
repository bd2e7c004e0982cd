package com.boxoffice.node.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo chain: three cities in three time zones, two cinemas each, twelve movies. Names of
 * cinemas and movies are invented; addresses and coordinates are real-looking places.
 */
final class DemoData {

    record DemoCity(String name, String country, String timeZone, String currency,
                    int taxBasisPoints, String hallWord, List<DemoCinema> cinemas) {
    }

    record DemoCinema(String name, String street, String postalCode, double latitude,
                      double longitude, int childDiscount, List<HallPlan> halls) {
    }

    record DemoMovie(String title, String description, int durationMinutes, String genre,
                     String language, LocalDate releaseDate, String country, String rating) {
    }

    private DemoData() {
    }

    // Cinema tickets: 7 % reduced VAT in Germany, 20 % VAT in the UK; New York levies no sales
    // tax on admission to a motion picture theater.
    static final List<DemoCity> CITIES = List.of(
            new DemoCity("Berlin", "Germany", "Europe/Berlin", "EUR", 700, "Saal", List.of(
                    new DemoCinema("Spreelicht Kino Mitte", "Rosenthaler Straße 39", "10178",
                            52.5262, 13.4020, 30,
                            List.of(HallPlan.GRAND, HallPlan.STUDIO, HallPlan.SALON)),
                    new DemoCinema("Kanalkino Kreuzberg", "Paul-Lincke-Ufer 42", "10999",
                            52.4945, 13.4265, 30, List.of(HallPlan.GRAND, HallPlan.STUDIO)))),
            new DemoCity("London", "United Kingdom", "Europe/London", "GBP", 2000, "Screen",
                    List.of(
                    new DemoCinema("Thameside Cinema Southwark", "58 Southwark Street",
                            "SE1 1UN", 51.5054, -0.0958, 25,
                            List.of(HallPlan.GRAND, HallPlan.STUDIO, HallPlan.SALON)),
                    new DemoCinema("Parkway Lumière Camden", "23 Parkway", "NW1 7PG",
                            51.5378, -0.1445, 25, List.of(HallPlan.GRAND, HallPlan.STUDIO)))),
            new DemoCity("New York", "United States", "America/New_York", "USD", 0, "Theater",
                    List.of(
                    new DemoCinema("Hudson Street Cinemas", "145 Hudson Street", "10013",
                            40.7208, -74.0087, 30,
                            List.of(HallPlan.GRAND, HallPlan.STUDIO, HallPlan.SALON)),
                    new DemoCinema("Montague Playhouse Brooklyn", "72 Montague Street", "11201",
                            40.6950, -73.9955, 30, List.of(HallPlan.GRAND, HallPlan.STUDIO)))));

    static final List<DemoMovie> MOVIES = List.of(
            new DemoMovie("Dune", "A young heir crosses a desert planet whose spice everyone"
                    + " wants, and learns what its people have waited for.", 155,
                    "Science Fiction", "English", LocalDate.of(2026, 10, 16), "USA", "PG-13"),
            new DemoMovie("Amélie et le Phare", "A Parisian waitress inherits a lighthouse in"
                    + " Brittany and, with it, the letters of its last keeper.", 112, "Comedy",
                    "French", LocalDate.of(2026, 9, 24), "France", "PG"),
            new DemoMovie("Northern Lights Express", "Two strangers share the last sleeper"
                    + " compartment on a winter train to the Arctic Circle.", 104, "Adventure",
                    "English", LocalDate.of(2026, 11, 6), "Canada", "PG"),
            new DemoMovie("The Quiet Orchard", "Three sisters return to their late father's"
                    + " apple farm for one last harvest.", 121, "Drama", "English",
                    LocalDate.of(2026, 8, 28), "United Kingdom", "12A"),
            new DemoMovie("Mitternacht am Alexanderplatz", "A night-shift taxi driver becomes"
                    + " the only witness to a robbery that never made the news.", 109,
                    "Thriller", "German", LocalDate.of(2026, 10, 1), "Germany", "FSK 16"),
            new DemoMovie("Paper Moons", "A folded paper moon comes alive and sets out to find"
                    + " the child who made it.", 94, "Animation", "English",
                    LocalDate.of(2026, 11, 20), "USA", "G"),
            new DemoMovie("The Cartographer", "A mapmaker in 1850s Dublin is hired to chart an"
                    + " island that does not appear on any map.", 132, "Drama", "English",
                    LocalDate.of(2026, 7, 17), "Ireland", "PG-13"),
            new DemoMovie("Sal y Azafrán", "A chef from Valencia has one summer to save her"
                    + " grandmother's restaurant.", 115, "Romance", "Spanish",
                    LocalDate.of(2026, 9, 4), "Spain", "PG"),
            new DemoMovie("Orbit of Glass", "The crew of a failing space station must decide"
                    + " who goes home on the only capsule.", 141, "Science Fiction", "English",
                    LocalDate.of(2026, 11, 13), "USA", "PG-13"),
            new DemoMovie("Harbour Lights", "A dock workers' choir in 1960s Liverpool sings its"
                    + " way to a national final.", 126, "Musical", "English",
                    LocalDate.of(2026, 10, 23), "United Kingdom", "PG"),
            new DemoMovie("Kingdom of Foxes", "A fox cub raised by crows must choose which"
                    + " family to save from the coming flood.", 99, "Animation", "Japanese",
                    LocalDate.of(2026, 8, 7), "Japan", "PG"),
            new DemoMovie("Last Train to Lisbon", "A retired spy takes one more journey across"
                    + " Europe to return a stolen notebook.", 117, "Thriller", "Portuguese",
                    LocalDate.of(2026, 11, 27), "Portugal", "R"));
}
