package dev.s3grant.dist;

/** The floor of the packaged CLI's start-up: a Java hello world on the same runtime and options. */
public final class HelloWorld {

    private HelloWorld() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
