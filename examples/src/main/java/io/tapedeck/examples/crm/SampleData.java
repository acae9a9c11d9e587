package io.tapedeck.examples.crm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo's data, generated from a fixed seed so every run (and every recording) shows the
 * same customers, accounts and sales figures.
 */
final class SampleData {
    static final int CUSTOMER_COUNT = 320;
    /** A customer the autopilot searches for; placed deep in the list so scrolling is needed. */
    static final String FEATURED_CUSTOMER = "Ada Lovelace";

    private static final String[] FIRST = {
        "Alan",
        "Grace",
        "Edsger",
        "Barbara",
        "Donald",
        "Frances",
        "John",
        "Margaret",
        "Ken",
        "Radia",
        "Niklaus",
        "Adele",
        "Tony",
        "Hedy",
        "Dennis",
        "Sophie",
        "Linus",
        "Karen",
        "Guido",
        "Jean",
        "Bjarne",
        "Mary",
        "Claude",
        "Ida"
    };
    private static final String[] LAST = {
        "Turing",
        "Hopper",
        "Dijkstra",
        "Liskov",
        "Knuth",
        "Allen",
        "Backus",
        "Hamilton",
        "Thompson",
        "Perlman",
        "Wirth",
        "Goldberg",
        "Hoare",
        "Lamarr",
        "Ritchie",
        "Wilson",
        "Torvalds",
        "Jones",
        "Rossum",
        "Sammet",
        "Stroustrup",
        "Keller",
        "Shannon",
        "Rhodes"
    };
    private static final String[] COMPANIES = {
        "Northwind Traders",
        "Contoso Ltd",
        "Fabrikam",
        "Tailspin Toys",
        "Wide World Importers",
        "Adventure Works",
        "Litware",
        "Proseware",
        "Blue Yonder Airlines",
        "Coho Winery",
        "Fourth Coffee",
        "Lucerne Publishing"
    };
    private static final String[] NOTES = {
        "Prefers calls before noon.",
        "Asked for a quote on the premium plan.",
        "Renewal due next quarter.",
        "Met at the spring trade fair.",
        "Invoices go to the finance department.",
        ""
    };
    static final String[] REGIONS = {"Europe", "North America", "Asia Pacific"};

    private SampleData() {}

    static List<Customer> customers() {
        Random random = new Random(20240611L);
        List<Customer> customers = new ArrayList<>(CUSTOMER_COUNT);
        LocalDate start = LocalDate.of(2015, 1, 1);
        Customer.Status[] statuses = Customer.Status.values();
        Customer.Contact[] contacts = Customer.Contact.values();
        for (int i = 0; i < CUSTOMER_COUNT; i++) {
            String name = i == 211
                    ? FEATURED_CUSTOMER
                    : FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            String company = COMPANIES[random.nextInt(COMPANIES.length)];
            String email = name.toLowerCase().replace(' ', '.') + "@"
                    + company.toLowerCase().replaceAll("[^a-z]", "") + ".com";
            String phone = String.format("+1 555 %03d %04d", random.nextInt(1000), random.nextInt(10000));
            BigDecimal balance = BigDecimal.valueOf(random.nextInt(2_000_000), 2);
            customers.add(new Customer(
                    1001 + i,
                    name,
                    company,
                    email,
                    phone,
                    start.plusDays(random.nextInt(3300)),
                    balance,
                    statuses[random.nextInt(statuses.length)],
                    random.nextInt(6) == 0,
                    random.nextBoolean(),
                    contacts[random.nextInt(contacts.length)],
                    NOTES[random.nextInt(NOTES.length)]));
        }
        return customers;
    }

    /** Region → company → account name → balance. */
    static Map<String, Map<String, Map<String, BigDecimal>>> accounts() {
        Random random = new Random(7L);
        Map<String, Map<String, Map<String, BigDecimal>>> regions = new LinkedHashMap<>();
        String[] kinds = {"Operating", "Savings", "Escrow", "Payroll", "Credit line"};
        for (int r = 0; r < REGIONS.length; r++) {
            Map<String, Map<String, BigDecimal>> companies = new LinkedHashMap<>();
            for (int c = r; c < COMPANIES.length; c += REGIONS.length) {
                Map<String, BigDecimal> accounts = new LinkedHashMap<>();
                int count = 2 + random.nextInt(3);
                for (int a = 0; a < count; a++) {
                    accounts.put(
                            kinds[a] + " #" + (4000 + random.nextInt(6000)),
                            BigDecimal.valueOf(random.nextInt(50_000_000), 2));
                }
                companies.put(COMPANIES[c], accounts);
            }
            regions.put(REGIONS[r], companies);
        }
        return regions;
    }

    /** Sales per period: label → revenue, with the target as a second series. */
    static SalesSeries sales(String period) {
        Random random = new Random(period.hashCode());
        String[] labels;
        switch (period) {
            case "Last 4 quarters":
                labels = new String[] {"Q3 '24", "Q4 '24", "Q1 '25", "Q2 '25"};
                break;
            case "Last 5 years":
                labels = new String[] {"2021", "2022", "2023", "2024", "2025"};
                break;
            default:
                labels =
                        new String[] {"Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun"
                        };
        }
        double scale = labels.length == 12 ? 1 : labels.length == 4 ? 3 : 12;
        double[] revenue = new double[labels.length];
        double[] target = new double[labels.length];
        double level = 80_000 * scale;
        for (int i = 0; i < labels.length; i++) {
            level *= 0.95 + random.nextDouble() * 0.15;
            revenue[i] =
                    BigDecimal.valueOf(level).setScale(0, RoundingMode.HALF_UP).doubleValue();
            target[i] = 85_000 * scale * (1 + i * 0.02);
        }
        return new SalesSeries(period, labels, revenue, target);
    }

    static final String[] PERIODS = {"Last 12 months", "Last 4 quarters", "Last 5 years"};

    /** A chart's data: one label per bar, revenue bars and a target line. */
    static final class SalesSeries {
        final String period;
        final String[] labels;
        final double[] revenue;
        final double[] target;

        SalesSeries(String period, String[] labels, double[] revenue, double[] target) {
            this.period = period;
            this.labels = labels;
            this.revenue = revenue;
            this.target = target;
        }

        double total() {
            double sum = 0;
            for (double v : revenue) {
                sum += v;
            }
            return sum;
        }
    }
}
