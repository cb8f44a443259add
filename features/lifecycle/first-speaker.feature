@lifecycle @omnia @TURN-061
Feature: Who speaks first
  Omnia's `firstSpeaker` decides whether the agent greets the caller as soon as the media is up,
  or waits silently for the caller's first turn.

  @twilio
  Scenario: the agent speaks first
    Given an Omnia call where the agent speaks first
    And a caller on Twilio
    Then the greeting starts within 300 ms of the media starting
    And the caller hears the greeting

  @twilio
  Scenario: the caller speaks first
    Given an Omnia call where the caller speaks first
    And a caller on Twilio
    Then the agent stays silent for 3 seconds
    When the caller says "utterance-soft-cushion"
    Then the agent starts answering 500 ms plus its thinking time after the caller stopped

  @generic-ws
  Scenario: the caller speaks first on a generic socket
    Given an Omnia call where the caller speaks first
    And a caller on a generic socket
    Then the agent stays silent for 3 seconds
