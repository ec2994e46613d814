package org.acervo.ingest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application behind the ingest job and the job repository; started by the commands that need it. */
@SpringBootApplication
public class BatchApplication {}
