package io.tapedeck.examples.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleStockTest {
    @Test
    void theAutopilotsSearchFindsExactlyTheFeaturedItemDeepInTheList() {
        List<Product> products = SampleStock.products();
        List<Product> found =
                products.stream().filter(p -> p.matches(Autopilot.SEARCH)).collect(Collectors.toList());
        assertEquals(1, found.size(), "items matching '" + Autopilot.SEARCH + "'");
        assertEquals(SampleStock.FEATURED_PRODUCT, found.get(0).name.get());
        assertEquals("SKU-11597", found.get(0).sku, "the replay test looks for this SKU");
        assertTrue(products.indexOf(found.get(0)) > 100, "scrolling would be needed to reach it");
        assertEquals("Harbour Lighting Co.", found.get(0).supplier.get(), "the reorder dialog names it");
    }

    @Test
    void everyRunShowsTheSameStock() {
        List<Product> a = SampleStock.products();
        List<Product> b = SampleStock.products();
        assertEquals(SampleStock.PRODUCT_COUNT, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(
                    a.get(i).sku
                            + a.get(i).name.get()
                            + a.get(i).location.get()
                            + a.get(i).quantity.get(),
                    b.get(i).sku
                            + b.get(i).name.get()
                            + b.get(i).location.get()
                            + b.get(i).quantity.get());
        }
    }

    @Test
    void theNewLocationIsLongerThanEveryGeneratedOne() {
        // The replay test tells the typed location from the old one by its masked length.
        for (Product p : SampleStock.products()) {
            assertTrue(p.location.get().length() < Autopilot.NEW_LOCATION.length(), p.location.get());
        }
    }

    @Test
    void contactEmailsAndPhonesLookLikePersonalData() {
        // So the recording masks them by their shape, as it would a real app's.
        for (Product p : SampleStock.products()) {
            assertTrue(p.contactEmail.get().matches("[a-z.]+@[a-z]+\\.co\\.uk"), p.contactEmail.get());
            assertTrue(p.contactPhone.get().matches("\\+44 20 7946 \\d{4}"), p.contactPhone.get());
        }
    }
}
