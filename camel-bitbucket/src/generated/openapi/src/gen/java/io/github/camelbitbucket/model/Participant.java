package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.Account;
import java.time.OffsetDateTime;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("Participant")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class Participant  implements Serializable {
  private String type;
  private Account user;
  private String role;
  private Boolean approved;
  private String state;
  private OffsetDateTime participatedOn;

  public Participant() {
  }

  /**
   **/
  public Participant withType(String type) {
    this.type = type;
    return this;
  }

  
  @JsonProperty("type")
  public String getType() {
    return type;
  }

  @JsonProperty("type")
  public void setType(String type) {
    this.type = type;
  }

  /**
   **/
  public Participant withUser(Account user) {
    this.user = user;
    return this;
  }

  
  @JsonProperty("user")
  public Account getUser() {
    return user;
  }

  @JsonProperty("user")
  public void setUser(Account user) {
    this.user = user;
  }

  /**
   **/
  public Participant withRole(String role) {
    this.role = role;
    return this;
  }

  
  @JsonProperty("role")
  public String getRole() {
    return role;
  }

  @JsonProperty("role")
  public void setRole(String role) {
    this.role = role;
  }

  /**
   **/
  public Participant withApproved(Boolean approved) {
    this.approved = approved;
    return this;
  }

  
  @JsonProperty("approved")
  public Boolean getApproved() {
    return approved;
  }

  @JsonProperty("approved")
  public void setApproved(Boolean approved) {
    this.approved = approved;
  }

  /**
   **/
  public Participant withState(String state) {
    this.state = state;
    return this;
  }

  
  @JsonProperty("state")
  public String getState() {
    return state;
  }

  @JsonProperty("state")
  public void setState(String state) {
    this.state = state;
  }

  /**
   **/
  public Participant withParticipatedOn(OffsetDateTime participatedOn) {
    this.participatedOn = participatedOn;
    return this;
  }

  
  @JsonProperty("participated_on")
  public OffsetDateTime getParticipatedOn() {
    return participatedOn;
  }

  @JsonProperty("participated_on")
  public void setParticipatedOn(OffsetDateTime participatedOn) {
    this.participatedOn = participatedOn;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Participant participant = (Participant) o;
    return Objects.equals(this.type, participant.type) &&
        Objects.equals(this.user, participant.user) &&
        Objects.equals(this.role, participant.role) &&
        Objects.equals(this.approved, participant.approved) &&
        Objects.equals(this.state, participant.state) &&
        Objects.equals(this.participatedOn, participant.participatedOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, user, role, approved, state, participatedOn);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Participant {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    user: ").append(toIndentedString(user)).append("\n");
    sb.append("    role: ").append(toIndentedString(role)).append("\n");
    sb.append("    approved: ").append(toIndentedString(approved)).append("\n");
    sb.append("    state: ").append(toIndentedString(state)).append("\n");
    sb.append("    participatedOn: ").append(toIndentedString(participatedOn)).append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    return o == null ? "null" : o.toString().replace("\n", "\n    ");
  }


}
