@contract @everruns @EVR-AUTH-001 @EVR-ERR-001 @EVR-ERR-002 @EVR-ERR-003 @EVR-ID-002 @EVR-CALL-003 @EVR-SESS-001 @EVR-SESS-002 @EVR-END-001
Feature: The Everruns voice API answers as documented
  Every operation of the Everruns surface in openapi.json, called once for its documented success
  and once for each documented error a client can provoke: the status and the body (RFC 9457
  problem details for errors) must match the contract.

  Scenario Outline: <operation> <case> answers <status>
    When the operation "<operation>" is called <case>
    Then the response is <status>
    And the response matches the contract

    Examples: against any deployment
      | operation                  | case                                 | status |
      | list_agents                | with a valid request                 | 200    |
      | list_agents                | without credentials                  | 401    |
      | list_agents                | with an invalid request              | 400    |
      | list_agents                | with a key that was never issued     | 401    |
      | create_agent               | with a valid request                 | 201    |
      | create_agent               | without credentials                  | 401    |
      | create_agent               | with an invalid request              | 400    |
      | create_agent               | with a body that is not JSON         | 415    |
      | create_agent               | with malformed JSON                  | 400    |
      | create_agent               | when the resource's state forbids it | 409    |
      | get_agent                  | with a valid request                 | 200    |
      | get_agent                  | without credentials                  | 401    |
      | get_agent                  | for an id that does not exist        | 404    |
      | get_agent                  | with a malformed id                  | 400    |
      | create_agent_voice_session | with a valid request                 | 201    |
      | create_agent_voice_session | without credentials                  | 401    |
      | create_agent_voice_session | for an id that does not exist        | 404    |
      | create_agent_voice_session | with an invalid request              | 400    |
      | create_agent_voice_session | with a body that is not JSON         | 415    |
      | create_session             | with a valid request                 | 201    |
      | create_session             | without credentials                  | 401    |
      | create_session             | for an id that does not exist        | 404    |
      | create_session             | with an invalid request              | 400    |
      | create_session             | with a body that is not JSON         | 415    |
      | create_chat_voice_session  | with a valid request                 | 200    |
      | create_chat_voice_session  | without credentials                  | 401    |
      | create_chat_voice_session  | for an id that does not exist        | 404    |
      | create_chat_voice_session  | with an invalid request              | 400    |
      | create_chat_voice_session  | with a body that is not JSON         | 415    |
      | get_session                | with a valid request                 | 200    |
      | get_session                | without credentials                  | 401    |
      | get_session                | for an id that does not exist        | 404    |
      | get_session                | with a malformed id                  | 400    |
      | delete_session             | with a valid request                 | 204    |
      | delete_session             | without credentials                  | 401    |
      | delete_session             | for an id that does not exist        | 404    |
      | delete_session             | with a malformed id                  | 400    |
      | stream_sse                 | with a valid request                 | 200    |
      | stream_sse                 | without credentials                  | 401    |
      | stream_sse                 | for an id that does not exist        | 404    |
      | stream_sse                 | with a malformed id                  | 400    |
      | stream_sse                 | with an invalid request              | 400    |
      | create_call                | with a valid request                 | 200    |
      | create_call                | without credentials                  | 401    |
      | create_call                | for an id that does not exist        | 404    |
      | create_call                | with a malformed id                  | 400    |
      | create_call                | with an invalid request              | 400    |
      | create_call                | with a body that is not JSON         | 415    |
      | create_call                | with malformed JSON                  | 400    |
      | create_client_secret       | with a valid request                 | 200    |
      | create_client_secret       | without credentials                  | 401    |
      | create_client_secret       | for an id that does not exist        | 404    |
      | create_client_secret       | with a malformed id                  | 400    |
      | create_client_secret       | with an invalid request              | 400    |
      | create_client_secret       | with a body that is not JSON         | 415    |
      | attach_call                | with a valid request                 | 200    |
      | attach_call                | without credentials                  | 401    |
      | attach_call                | for an id that does not exist        | 404    |
      | attach_call                | with a malformed id                  | 400    |
      | attach_call                | with an invalid request              | 400    |
      | attach_call                | with a body that is not JSON         | 415    |
      | attach_call                | when the resource's state forbids it | 409    |
      | end_call                   | with a valid request                 | 200    |
      | end_call                   | without credentials                  | 401    |
      | end_call                   | for an id that does not exist        | 404    |
      | end_call                   | with a malformed id                  | 400    |
      | end_call                   | with an invalid request              | 400    |
      | end_call                   | with a body that is not JSON         | 415    |

    @emulator-only
    Examples: needing the emulator's control plane (credits, rate limits, simulated calls)
      | operation                  | case                | status |
      | list_agents                | over the rate limit | 429    |
      | create_agent               | over the rate limit | 429    |
      | get_agent                  | over the rate limit | 429    |
      | create_agent_voice_session | over the rate limit | 429    |
      | create_session             | over the rate limit | 429    |
      | create_chat_voice_session  | over the rate limit | 429    |
      | get_session                | over the rate limit | 429    |
      | delete_session             | over the rate limit | 429    |
      | stream_sse                 | over the rate limit | 429    |
      | create_call                | over the rate limit | 429    |
      | create_client_secret       | over the rate limit | 429    |
      | attach_call                | over the rate limit | 429    |
      | end_call                   | over the rate limit | 429    |
