@contract @clutchcall @CLU-AUTH-001 @CLU-AUTH-002 @CLU-TRPC-001 @CLU-TRPC-003 @CLU-ERR-001 @CLU-ERR-002 @CLU-CALL-001 @CLU-CALL-006 @CLU-CALL-007 @CLU-XFER-001 @CLU-SPEC-001 @CLU-SPEC-010
Feature: ClutchCall's voice procedures answer as documented
  Every tRPC procedure of the ClutchCall surface: success is `{"result":{"data":...}}` (also for
  void procedures), errors tRPC's `{"error":{...}}` with the documented HTTP status.

  Scenario Outline: <operation> <case> answers <status>
    When the operation "<operation>" is called <case>
    Then the response is <status>
    And the response matches the contract

    Examples: against any deployment
      | operation             | case                                 | status |
      | voice.calls.originate | with a valid request                 | 200    |
      | voice.calls.originate | without credentials                  | 401    |
      | voice.calls.originate | for an id that does not exist        | 404    |
      | voice.calls.originate | with an invalid request              | 400    |
      | voice.calls.originate | when it is not allowed               | 403    |
      | voice.calls.originate | with a body that is not JSON         | 415    |
      | voice.calls.originate | with a key that was never issued     | 401    |
      | voice.calls.get       | with a valid request                 | 200    |
      | voice.calls.get       | without credentials                  | 401    |
      | voice.calls.get       | for an id that does not exist        | 404    |
      | voice.calls.get       | with an invalid request              | 400    |
      | voice.calls.get       | when it is not allowed               | 403    |
      | voice.calls.transfer  | without credentials                  | 401    |
      | voice.calls.transfer  | for an id that does not exist        | 404    |
      | voice.calls.transfer  | with an invalid request              | 400    |
      | voice.calls.transfer  | when it is not allowed               | 403    |
      | voice.calls.transfer  | with a body that is not JSON         | 415    |
      | voice.calls.transfer  | when the resource's state forbids it | 409    |
      | voice.calls.hangup    | with a valid request                 | 200    |
      | voice.calls.hangup    | without credentials                  | 401    |
      | voice.calls.hangup    | for an id that does not exist        | 404    |
      | voice.calls.hangup    | with an invalid request              | 400    |
      | voice.calls.hangup    | when it is not allowed               | 403    |
      | voice.calls.hangup    | with a body that is not JSON         | 415    |
      | voice.calls.hangup    | with malformed JSON                  | 400    |
      | voice.agents.attach   | with a valid request                 | 200    |
      | voice.agents.attach   | without credentials                  | 401    |
      | voice.agents.attach   | for an id that does not exist        | 404    |
      | voice.agents.attach   | with an invalid request              | 400    |
      | voice.agents.attach   | when it is not allowed               | 403    |
      | voice.agents.attach   | with a body that is not JSON         | 415    |
      | voice.agents.attach   | when the resource's state forbids it | 409    |

    @emulator-only
    Examples: needing the emulator's control plane (credits, rate limits, simulated calls)
      | operation             | case                 | status |
      | voice.calls.originate | over the rate limit  | 429    |
      | voice.calls.get       | over the rate limit  | 429    |
      | voice.calls.transfer  | over the rate limit  | 429    |
      | voice.calls.transfer  | with a valid request | 200    |
      | voice.calls.hangup    | over the rate limit  | 429    |
      | voice.agents.attach   | over the rate limit  | 429    |
