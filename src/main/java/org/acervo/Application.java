package org.acervo;

import org.acervo.app.AcervoCommand;

/** Entry point of the {@code acervo} command. */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        System.exit(AcervoCommand.execute(args));
    }
}
