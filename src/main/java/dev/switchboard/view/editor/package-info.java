/**
 * Editors for record forms: an ordered {@link dev.switchboard.view.editor.EditorRegistry} maps each field to the
 * control that suits it, bound to the field's {@link dev.switchboard.viewmodel.FieldViewModel}.
 */
package dev.switchboard.view.editor;
