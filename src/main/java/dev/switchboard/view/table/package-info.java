/**
 * The generated table of one resource: columns, header sorting, the filter bar and its chips, paging, the
 * column chooser, loading and error states. Everything comes from the model through a {@link
 * dev.switchboard.viewmodel.ResourceListViewModel}; nothing here is named for one backend.
 */
package dev.switchboard.view.table;
