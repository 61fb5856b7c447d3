/**
 * The application: {@code main}, the command line ({@code describe}, the GUI), settings and wiring.
 * May import every other package; nothing imports it.
 */
package dev.switchboard.app;
