@contract @voiceai @VAI-AUTH-001 @VAI-ERR-001 @VAI-ERR-002 @VAI-CONN-001 @VAI-CONN-002 @VAI-CONN-003 @VAI-CONN-005 @VAI-CONN-006 @VAI-END-001 @VAI-END-002 @VAI-END-003 @VAI-LK-001
Feature: Voice.ai's agent connection API answers as documented
  Connection details (a LiveKit participant token, a call id and a scoped end token) and ending
  calls. Invalid fields are FastAPI's 422 `{"detail":[...]}`; other errors `ErrorResponse`.

  Scenario Outline: <operation> <case> answers <status>
    When the operation "<operation>" is called <case>
    Then the response is <status>
    And the response matches the contract

    Examples: against any deployment
      | operation                                                        | case                             | status |
      | get_connection_details_api_v1_connection_connection_details_post | with a valid request             | 200    |
      | get_connection_details_api_v1_connection_connection_details_post | without credentials              | 401    |
      | get_connection_details_api_v1_connection_connection_details_post | for an id that does not exist    | 404    |
      | get_connection_details_api_v1_connection_connection_details_post | with an invalid request          | 422    |
      | get_connection_details_api_v1_connection_connection_details_post | with a key that was never issued | 401    |
      | get_connection_details_api_v1_connection_connection_details_post | with a body that is not JSON     | 422    |
      | get_test_connection_details                                      | with a valid request             | 200    |
      | get_test_connection_details                                      | without credentials              | 401    |
      | get_test_connection_details                                      | for an id that does not exist    | 404    |
      | get_test_connection_details                                      | with an invalid request          | 422    |
      | end_call_api_v1_calls_call_id_end_post                           | with a valid request             | 200    |
      | end_call_api_v1_calls_call_id_end_post                           | without credentials              | 401    |
      | end_call_api_v1_calls_call_id_end_post                           | for an id that does not exist    | 404    |
      | end_call_api_v1_calls_call_id_end_post                           | with an invalid request          | 422    |
      | end_call_api_v1_calls_call_id_end_post                           | when it is not allowed           | 403    |

    @emulator-only
    Examples: needing the emulator's control plane (credits, rate limits, simulated calls)
      | operation                                                        | case                             | status |
      | get_connection_details_api_v1_connection_connection_details_post | over the rate limit              | 429    |
      | get_connection_details_api_v1_connection_connection_details_post | when the key has no credits left | 402    |
      | get_connection_details_api_v1_connection_connection_details_post | when it is not allowed           | 403    |
      | get_test_connection_details                                      | over the rate limit              | 429    |
      | get_test_connection_details                                      | when it is not allowed           | 403    |
      | end_call_api_v1_calls_call_id_end_post                           | over the rate limit              | 429    |
      | livekit_signalling                                               | with a valid request             | 501    |
