package io.github.camelbitbucket.jbang;

/** "camel" without the jbang launcher: {@code java -cp <cli classpath> io.github.camelbitbucket.jbang.Camel run ...}. */
public final class Camel {

    private Camel() {
    }

    public static void main(String[] args) throws Exception {
        org.apache.camel.dsl.jbang.core.commands.CamelJBangMain.run(args);
    }
}
