@lifecycle @omnia @OMN-WS-002
Feature: Omnia's websocketUrl is single-use
  The websocketUrl is the credential of one call: it opens once. A second connection to the same
  URL is refused, and an unknown one is not found.

  @twilio
  Scenario: a second connection to the same websocketUrl is refused
    Given an agent that greets the caller
    And a caller on Twilio
    When someone else connects to the same websocketUrl
    Then that connection is refused with 403
    And the first caller still hears the greeting

  @OMN-WS-001
  Scenario: an unknown websocketUrl is not found
    When someone connects to a websocketUrl that was never issued
    Then that connection is refused with 404
