/**
 * How a field's value looks in a table cell and in the record view: an ordered registry of {@link
 * dev.switchboard.view.cell.CellFactory factories} maps a field to a {@link dev.switchboard.view.cell.CellView};
 * the first that accepts wins and an unknown type is shown as plain text. Formatting depends only on the
 * {@link dev.switchboard.view.cell.CellContext} (time zone, locale, reference names), never on a backend.
 */
package dev.switchboard.view.cell;
