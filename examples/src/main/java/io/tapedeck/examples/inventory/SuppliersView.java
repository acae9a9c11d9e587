package io.tapedeck.examples.inventory;

import javafx.geometry.Insets;
import javafx.scene.control.Accordion;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/** The Suppliers tab: a list of suppliers and the selected one's contact, terms and notes. */
final class SuppliersView extends SplitPane {
    final ListView<String> list = new ListView<>();
    final Accordion details = new Accordion();
    private final Label contact = new Label();
    private final Label email = new Label();
    private final Label phone = new Label();
    private final Label terms = new Label();
    private final Label notes = new Label();

    SuppliersView() {
        list.setId("suppliers");
        for (String[] s : SampleStock.SUPPLIERS) {
            list.getItems().add(s[0]);
        }
        VBox contactBox = new VBox(6, contact, email, phone);
        contactBox.setPadding(new Insets(8));
        TitledPane contactPane = new TitledPane("Contact", contactBox);
        TitledPane termsPane = new TitledPane("Terms", terms);
        TitledPane notesPane = new TitledPane("Notes", notes);
        terms.setPadding(new Insets(8));
        notes.setPadding(new Insets(8));
        notes.setWrapText(true);
        details.getPanes().addAll(contactPane, termsPane, notesPane);
        details.setExpandedPane(contactPane);
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, i) -> show(i.intValue()));
        getItems().addAll(list, details);
        setDividerPositions(0.3);
        list.getSelectionModel().selectFirst();
    }

    private void show(int i) {
        if (i < 0) {
            return;
        }
        String[] s = SampleStock.SUPPLIERS[i];
        contact.setText("Contact: " + s[1]);
        email.setText("Email: " + SampleStock.contactEmail(i));
        phone.setText(String.format("Phone: +44 161 496 %04d", 1200 + i * 37));
        terms.setText("Payment " + (30 + (i % 3) * 15) + " days net; delivery in " + (2 + i % 4) + " working days.");
        notes.setText(
                i % 2 == 0
                        ? "Preferred supplier for the " + SampleStock.CATEGORIES[i] + " range."
                        : "Orders above \u00a3500 ship free of charge.");
    }
}
