package de.klimaflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KlimaflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(KlimaflowApplication.class, args);
    }
}
