/**
 * A JavaFX app that is a named module, for {@code AgentRecordsJavaFxOnTheModulePathIT}: it
 * knows nothing about Tapedeck and opens nothing to it. Compiled by the test (with javac), not
 * by Maven, so that the test classes stay on the class path.
 */
module tapedeck.itapp.fx {
    requires javafx.controls;
    // JavaFX's launcher instantiates the Application subclass.
    exports io.tapedeck.itapp.fx to javafx.graphics;
}
