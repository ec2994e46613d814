package org.acervo;

public class Application {
    public static void main(String[] args) {
    }
}
