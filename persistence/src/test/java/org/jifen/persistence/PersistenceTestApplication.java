package org.jifen.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Minimal Boot application for the persistence tests (mappers come from the auto-configuration). */
@SpringBootApplication
public class PersistenceTestApplication {}
