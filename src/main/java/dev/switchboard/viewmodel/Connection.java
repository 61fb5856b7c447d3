package dev.switchboard.viewmodel;

import dev.switchboard.data.Authentication;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.AdminApi;

/** One open backend: its model, the records and the login over it. Closing it stops its threads. */
public interface Connection extends AutoCloseable {

  AdminApi api();

  RecordClient records();

  Authentication authentication();

  /** What the logged-in person may do here: declared scopes, and refusals learned this session. */
  Permissions permissions();

  /** Where an expired session's calls wait while the person logs in again. */
  SessionGuard sessionGuard();

  /** The backend's address, for the status bar. */
  String address();

  @Override
  void close();
}
