/**
 * The backend-neutral data contract: {@link dev.switchboard.data.RecordClient} (list, get, getMany, create,
 * update, delete, actions, bulk), its values ({@link dev.switchboard.data.ListQuery}, {@link
 * dev.switchboard.data.Page}, {@link dev.switchboard.data.Record}, and {@link dev.switchboard.data.Paging}, what
 * any page says of the rest of its list), logging in ({@link
 * dev.switchboard.data.Authentication}) and the one failure type, {@link dev.switchboard.data.ApiProblem}.
 * Depends on the model only: the UI programs against this package and never sees HTTP or JSON.
 */
package dev.switchboard.data;
