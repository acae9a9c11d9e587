package io.tapedeck.examples.crm;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One customer record. Mutable on purpose: the detail form edits it in place on Save. */
final class Customer {
    enum Status {
        LEAD,
        PROSPECT,
        ACTIVE,
        ON_HOLD,
        CHURNED;

        @Override
        public String toString() {
            String s = name().replace('_', ' ').toLowerCase();
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }

    enum Contact {
        EMAIL,
        PHONE,
        MAIL
    }

    final int id;
    String name;
    String company;
    String email;
    String phone;
    LocalDate since;
    BigDecimal balance;
    Status status;
    boolean vip;
    boolean newsletter;
    Contact contact;
    String notes;

    Customer(
            int id,
            String name,
            String company,
            String email,
            String phone,
            LocalDate since,
            BigDecimal balance,
            Status status,
            boolean vip,
            boolean newsletter,
            Contact contact,
            String notes) {
        this.id = id;
        this.name = name;
        this.company = company;
        this.email = email;
        this.phone = phone;
        this.since = since;
        this.balance = balance;
        this.status = status;
        this.vip = vip;
        this.newsletter = newsletter;
        this.contact = contact;
        this.notes = notes;
    }
}
