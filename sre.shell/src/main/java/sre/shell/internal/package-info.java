/**
 * The {@code sre:*} Karaf console commands. Each command is a Karaf shell action: Karaf creates a
 * fresh instance per execution and injects the services it names, so a command never holds a
 * service across a hot swap.
 */
package sre.shell.internal;
