/**
 * Windows, panes and dialogs, built in code from view models. May import {@code viewmodel}, {@code model},
 * JavaFX and ControlsFX; never {@code openapi}, {@code http} or {@code data} implementations.
 */
package dev.switchboard.view;
