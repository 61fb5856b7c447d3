/**
 * The shell of the desktop app: the start screen, connecting, the login dialog and the main window with its
 * navigator, tabs and status bar. Built in code from view models; what goes inside a resource's tab comes from
 * a {@link dev.switchboard.view.shell.ResourceTabs} the app provides. Never imports {@code http}, {@code openapi},
 * {@code app} or {@code demo}.
 */
package dev.switchboard.view.shell;
