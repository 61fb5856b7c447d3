package dev.switchboard.http;

import okhttp3.Headers;

/** A successful answer: its status, headers and parsed JSON body ({@code null} when there was none). */
record Reply(int status, Headers headers, Object body) {}
