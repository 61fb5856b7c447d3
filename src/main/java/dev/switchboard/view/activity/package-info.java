/**
 * The activity log on screen: the Activity tab (every change made through Switchboard, filtered and exported)
 * and a record's History section, both drawn from {@code viewmodel.ActivityViewModel}. May import {@code
 * viewmodel}, {@code model} and JavaFX; never {@code app}, {@code http} or JDBC.
 */
package dev.switchboard.view.activity;
