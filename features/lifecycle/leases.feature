@lifecycle @emulator-only @lease-clock
Feature: Leases expire
  Voice connections and single-use URLs are leases with an expiry. The emulator's lease clock
  is moved on through its control plane (media pacing does not change), so expiry can be tested
  without waiting an hour. There is one lease clock for every tenant, so these scenarios run
  alone (@lease-clock).

  @everruns @webrtc @EVR-LEASE-001 @EVR-LEASE-002
  Scenario: an Everruns voice connection ends at its expires_at
    Given an agent that greets the caller
    And a caller on WebRTC
    When the greeting has started
    And the lease clock moves past the voice connection's expires_at
    Then the caller hears no more of the agent
    And the voice connection reports that it has ended

  @everruns @EVR-LEASE-001 @EVR-LEASE-002
  Scenario: a voice connection past its expires_at can no longer be attached
    Given an Everruns voice connection made for a client secret
    When the lease clock moves past the voice connection's expires_at
    Then attaching a realtime call to the voice connection is refused with 409

  @omnia @OMN-WS-003
  Scenario: an unused Omnia websocketUrl expires
    Given an Omnia call over Twilio that nobody has connected to
    When the lease clock moves on by 10 minutes
    Then connecting to its websocketUrl is refused with 403
