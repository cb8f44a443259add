@contract @omnia @OMN-AUTH-001 @OMN-ERR-001 @OMN-ERR-002 @OMN-ERR-003 @OMN-RATE-001 @OMN-CRED-001 @OMN-CALL-001 @OMN-CALL-004 @OMN-INL-002 @OMN-OUT-001 @OMN-LOG-001 @OMN-AGT-001 @OMN-CAT-001 @OMN-WS-001 @OMN-WS-002
Feature: The Omnia Voice API answers as documented
  Every operation of the Omnia surface: calls (create, inline, outbound, agent calls, logs),
  agents, voices and languages, and the websocketUrl. Errors are Omnia's `CallApiError` (or the
  agent routes' validation envelope); every authenticated response carries the rate-limit headers.

  Scenario Outline: <operation> <case> answers <status>
    When the operation "<operation>" is called <case>
    Then the response is <status>
    And the response matches the contract

    Examples: against any deployment
      | operation           | case                             | status |
      | createTelephonyCall | with a valid request             | 201    |
      | createTelephonyCall | without credentials              | 401    |
      | createTelephonyCall | for an id that does not exist    | 404    |
      | createTelephonyCall | with an invalid request          | 400    |
      | createTelephonyCall | with malformed JSON              | 400    |
      | createTelephonyCall | with a key that was never issued | 401    |
      | createInlineCall    | with a valid request             | 201    |
      | createInlineCall    | without credentials              | 401    |
      | createInlineCall    | with an invalid request          | 400    |
      | createOutboundCall  | with a valid request             | 201    |
      | createOutboundCall  | without credentials              | 401    |
      | createOutboundCall  | for an id that does not exist    | 404    |
      | createOutboundCall  | with an invalid request          | 400    |
      | createAgentCall     | with a valid request             | 201    |
      | createAgentCall     | without credentials              | 401    |
      | createAgentCall     | for an id that does not exist    | 404    |
      | createAgentCall     | with an invalid request          | 400    |
      | listCallLogs        | with a valid request             | 200    |
      | listCallLogs        | without credentials              | 401    |
      | listCallLogs        | with an invalid request          | 400    |
      | getCallDetails      | with a valid request             | 200    |
      | getCallDetails      | without credentials              | 401    |
      | getCallDetails      | for an id that does not exist    | 404    |
      | deleteCall          | with a valid request             | 200    |
      | deleteCall          | without credentials              | 401    |
      | deleteCall          | for an id that does not exist    | 404    |
      | listAgents          | with a valid request             | 200    |
      | listAgents          | without credentials              | 401    |
      | listAgents          | with an invalid request          | 400    |
      | createAgent         | with a valid request             | 201    |
      | createAgent         | without credentials              | 401    |
      | createAgent         | with an invalid request          | 400    |
      | getAgent            | with a valid request             | 200    |
      | getAgent            | without credentials              | 401    |
      | getAgent            | for an id that does not exist    | 404    |
      | updateAgent         | with a valid request             | 200    |
      | updateAgent         | without credentials              | 401    |
      | updateAgent         | for an id that does not exist    | 404    |
      | updateAgent         | with an invalid request          | 400    |
      | deleteAgent         | with a valid request             | 204    |
      | deleteAgent         | without credentials              | 401    |
      | deleteAgent         | for an id that does not exist    | 404    |
      | listVoices          | with a valid request             | 200    |
      | listVoices          | without credentials              | 401    |
      | listVoices          | with an invalid request          | 400    |
      | listLanguages       | with a valid request             | 200    |
      | listLanguages       | without credentials              | 401    |
      | listLanguages       | with an invalid request          | 400    |

    @emulator-only
    Examples: needing the emulator's control plane (credits, rate limits, simulated calls)
      | operation           | case                             | status |
      | createTelephonyCall | over the rate limit              | 429    |
      | createTelephonyCall | when the key has no credits left | 402    |
      | createInlineCall    | over the rate limit              | 429    |
      | createInlineCall    | when the key has no credits left | 402    |
      | createOutboundCall  | over the rate limit              | 429    |
      | createOutboundCall  | when the key has no credits left | 402    |
      | createAgentCall     | over the rate limit              | 429    |
      | listCallLogs        | over the rate limit              | 429    |
      | getCallDetails      | over the rate limit              | 429    |
      | deleteCall          | over the rate limit              | 429    |
      | listAgents          | over the rate limit              | 429    |
      | createAgent         | over the rate limit              | 429    |
      | getAgent            | over the rate limit              | 429    |
      | updateAgent         | over the rate limit              | 429    |
      | deleteAgent         | over the rate limit              | 429    |
      | listVoices          | over the rate limit              | 429    |
      | listLanguages       | over the rate limit              | 429    |
      | omniaWebsocket      | with a valid request             | 101    |
      | omniaWebsocket      | with an invalid request          | 400    |
      | omniaWebsocket      | when it is not allowed           | 403    |
      | omniaWebsocket      | for an id that does not exist    | 404    |
