@contract @openai @OAI-AUTH-001 @OAI-ERR-001 @OAI-CALL-001 @OAI-CALL-002 @OAI-CALL-003 @OAI-CALL-004 @OAI-SECRET-001 @OAI-SIP-001 @OAI-WS-001
Feature: The OpenAI Realtime layer answers as documented
  Every operation of the OpenAI Realtime surface Everruns fronts: WebRTC calls and client secrets,
  SIP call control, and the realtime WebSocket (whose success is a 101 upgrade). Errors are
  OpenAI's `{"error":{...}}`.

  Scenario Outline: <operation> <case> answers <status>
    When the operation "<operation>" is called <case>
    Then the response is <status>
    And the response matches the contract

    Examples: against any deployment
      | operation                     | case                             | status |
      | create-realtime-call          | with a valid request             | 201    |
      | create-realtime-call          | with an invalid request          | 400    |
      | create-realtime-call          | without credentials              | 401    |
      | create-realtime-call          | with a key that was never issued | 401    |
      | create-realtime-client-secret | with a valid request             | 200    |
      | create-realtime-client-secret | with an invalid request          | 400    |
      | create-realtime-client-secret | without credentials              | 401    |
      | accept-realtime-call          | for an id that does not exist    | 404    |
      | reject-realtime-call          | for an id that does not exist    | 404    |
      | refer-realtime-call           | for an id that does not exist    | 404    |
      | hangup-realtime-call          | with a valid request             | 200    |
      | hangup-realtime-call          | for an id that does not exist    | 404    |
      | hangup-realtime-call          | with an invalid request          | 400    |
      | hangup-realtime-call          | without credentials              | 401    |
      | realtime-socket               | with a valid request             | 101    |
      | realtime-socket               | for an id that does not exist    | 404    |
      | realtime-socket               | with an invalid request          | 400    |
      | realtime-socket               | without credentials              | 401    |

    @emulator-only
    Examples: needing the emulator's control plane (credits, rate limits, simulated calls)
      | operation                     | case                    | status |
      | accept-realtime-call          | with a valid request    | 200    |
      | accept-realtime-call          | with an invalid request | 400    |
      | accept-realtime-call          | without credentials     | 401    |
      | accept-realtime-call          | over the rate limit     | 429    |
      | reject-realtime-call          | with a valid request    | 200    |
      | reject-realtime-call          | with an invalid request | 400    |
      | reject-realtime-call          | without credentials     | 401    |
      | reject-realtime-call          | over the rate limit     | 429    |
      | refer-realtime-call           | with a valid request    | 200    |
      | refer-realtime-call           | with an invalid request | 400    |
      | refer-realtime-call           | without credentials     | 401    |
      | refer-realtime-call           | over the rate limit     | 429    |
      | create-realtime-call          | over the rate limit     | 429    |
      | create-realtime-client-secret | over the rate limit     | 429    |
      | hangup-realtime-call          | over the rate limit     | 429    |
      | realtime-socket               | over the rate limit     | 429    |
