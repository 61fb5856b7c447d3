package dev.switchboard.demo;

import java.util.List;

/** A seed user that can sign in, as the demo creates it: username, password and scopes. */
public record DemoAccount(String username, String password, List<String> scopes) {

  public DemoAccount {
    scopes = List.copyOf(scopes);
  }
}
