package io.tapedeck.examples.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo's stock, generated from a fixed seed so every run (and every recording) shows the
 * same items, suppliers and figures.
 */
final class SampleStock {
    static final int PRODUCT_COUNT = 260;
    /** The item the autopilot searches for, deep in the list; no other name contains "lantern". */
    static final String FEATURED_PRODUCT = "Storm lantern, brass";

    static final String[] CATEGORIES = {
        "Fasteners", "Hardware", "Electrical", "Tools", "Safety", "Paint & decorating", "Plumbing", "Outdoor"
    };
    static final String[] WAREHOUSES = {"Leeds (main)", "Bristol", "Glasgow"};

    private static final String[][] ITEMS = {
        {"Hex bolt", "Fasteners"},
        {"Wood screw", "Fasteners"},
        {"Wall plug", "Fasteners"},
        {"Cable tie", "Electrical"},
        {"Extension lead", "Electrical"},
        {"LED bulb", "Electrical"},
        {"Hinge", "Hardware"},
        {"Drawer slide", "Hardware"},
        {"Shelf bracket", "Hardware"},
        {"Door handle", "Hardware"},
        {"Padlock", "Hardware"},
        {"Tape measure", "Tools"},
        {"Spirit level", "Tools"},
        {"Drill bit", "Tools"},
        {"Work glove", "Safety"},
        {"Safety goggles", "Safety"},
        {"Paint roller", "Paint & decorating"},
        {"Masking tape", "Paint & decorating"},
        {"Sandpaper", "Paint & decorating"},
        {"Pipe clamp", "Plumbing"},
        {"Compression fitting", "Plumbing"},
        {"Garden hose", "Outdoor"},
        {"Plant pot", "Outdoor"}
    };
    private static final String[] VARIANTS = {
        "M6",
        "M8",
        "40 mm",
        "75 mm",
        "large",
        "small",
        "pack of 10",
        "pack of 50",
        "stainless",
        "galvanised",
        "black",
        "white"
    };
    /** Supplier, contact person. */
    static final String[][] SUPPLIERS = {
        {"Harbour Lighting Co.", "Margaret Hamilton"}, {"Northgate Fixings", "Alan Turing"},
        {"Pennine Tools Ltd", "Barbara Liskov"}, {"Severn Electrical", "Claude Shannon"},
        {"Clyde Safety Supplies", "Hedy Lamarr"}, {"Avon Paints", "Grace Hopper"},
        {"Mersey Plumbing", "Edsger Dijkstra"}, {"Dales Garden Wholesale", "Ida Rhodes"}
    };

    private static final String[] NOTES = {
        "Count checked at the last stocktake.",
        "Supplier asks for orders before Thursday noon.",
        "Seasonal: demand peaks in spring.",
        "Keep away from the loading bay doors.",
        ""
    };

    private SampleStock() {}

    static List<Product> products() {
        Random random = new Random(20250611L);
        List<Product> products = new ArrayList<>(PRODUCT_COUNT);
        LocalDate start = LocalDate.of(2025, 1, 6);
        Product.Storage[] storages = Product.Storage.values();
        for (int i = 0; i < PRODUCT_COUNT; i++) {
            Product p = new Product(String.format("SKU-%05d", 10400 + i * 7));
            String[] item = ITEMS[random.nextInt(ITEMS.length)];
            int supplier = random.nextInt(SUPPLIERS.length);
            if (i == 171) {
                p.name.set(FEATURED_PRODUCT);
                p.category.set("Outdoor");
                supplier = 0;
            } else {
                p.name.set(item[0] + ", " + VARIANTS[random.nextInt(VARIANTS.length)]);
                p.category.set(item[1]);
            }
            p.location.set((char) ('A' + random.nextInt(6)) + "-" + String.format("%02d", 1 + random.nextInt(24)) + "-"
                    + (1 + random.nextInt(5)));
            p.quantity.set(random.nextInt(900));
            p.reorderLevel.set(20 + random.nextInt(12) * 10);
            p.unitPrice.set(Math.round((0.35 + random.nextDouble() * 60) * 100) / 100.0);
            p.supplier.set(SUPPLIERS[supplier][0]);
            p.contactEmail.set(contactEmail(supplier));
            p.contactPhone.set(String.format("+44 20 7946 %04d", random.nextInt(10000)));
            p.lastRestock.set(start.plusDays(random.nextInt(150)));
            p.storage.set(random.nextInt(5) == 0 ? storages[1 + random.nextInt(2)] : Product.Storage.AMBIENT);
            p.discontinued.set(random.nextInt(15) == 0);
            p.notes.set(NOTES[random.nextInt(NOTES.length)]);
            products.add(p);
        }
        return products;
    }

    static String contactEmail(int supplier) {
        String person = SUPPLIERS[supplier][1].toLowerCase().replace(' ', '.');
        String domain = SUPPLIERS[supplier][0].toLowerCase().replaceAll("[^a-z]", "");
        return person + "@" + domain + ".co.uk";
    }

    /** Units shipped per month (last 12 months), seeded per category. */
    static double[] monthlyShipments(String category) {
        Random random = new Random(category.hashCode());
        double[] values = new double[12];
        double level = 900 + random.nextInt(600);
        for (int i = 0; i < values.length; i++) {
            level *= 0.9 + random.nextDouble() * 0.22;
            values[i] = Math.round(level);
        }
        return values;
    }

    static final String[] MONTHS = {"Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun"};
}
