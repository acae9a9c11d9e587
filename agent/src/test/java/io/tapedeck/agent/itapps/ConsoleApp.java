package io.tapedeck.agent.itapps;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A program with no UI at all (a batch job, a server): does some work, gives any agent thread
 * time to show up, then prints every live thread as {@code thread=NAME} and {@code app done}.
 */
public final class ConsoleApp {
    private ConsoleApp() {}

    public static void main(String[] args) throws Exception {
        List<Integer> numbers = new ArrayList<>();
        Random random = new Random(1);
        for (int i = 0; i < 100_000; i++) numbers.add(random.nextInt());
        Collections.sort(numbers);
        Thread.sleep(1500);
        for (Thread t : Thread.getAllStackTraces().keySet()) System.out.println("thread=" + t.getName());
        System.out.println("app done");
    }
}
