package io.github.camelbitbucket.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("WebhookSubscription")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class WebhookSubscription  implements Serializable {
  private String type;
  private String uuid;
  private String url;
  private String description;
  private String subjectType;
  private Object subject;
  private Boolean active;
  private OffsetDateTime createdAt;
  private List<String> events = new ArrayList<>();
  private Boolean secretSet;
  private String secret;

  public WebhookSubscription() {
  }

  /**
   **/
  public WebhookSubscription withType(String type) {
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
  public WebhookSubscription withUuid(String uuid) {
    this.uuid = uuid;
    return this;
  }

  
  @JsonProperty("uuid")
  public String getUuid() {
    return uuid;
  }

  @JsonProperty("uuid")
  public void setUuid(String uuid) {
    this.uuid = uuid;
  }

  /**
   **/
  public WebhookSubscription withUrl(String url) {
    this.url = url;
    return this;
  }

  
  @JsonProperty("url")
  public String getUrl() {
    return url;
  }

  @JsonProperty("url")
  public void setUrl(String url) {
    this.url = url;
  }

  /**
   **/
  public WebhookSubscription withDescription(String description) {
    this.description = description;
    return this;
  }

  
  @JsonProperty("description")
  public String getDescription() {
    return description;
  }

  @JsonProperty("description")
  public void setDescription(String description) {
    this.description = description;
  }

  /**
   **/
  public WebhookSubscription withSubjectType(String subjectType) {
    this.subjectType = subjectType;
    return this;
  }

  
  @JsonProperty("subject_type")
  public String getSubjectType() {
    return subjectType;
  }

  @JsonProperty("subject_type")
  public void setSubjectType(String subjectType) {
    this.subjectType = subjectType;
  }

  /**
   **/
  public WebhookSubscription withSubject(Object subject) {
    this.subject = subject;
    return this;
  }

  
  @JsonProperty("subject")
  public Object getSubject() {
    return subject;
  }

  @JsonProperty("subject")
  public void setSubject(Object subject) {
    this.subject = subject;
  }

  /**
   **/
  public WebhookSubscription withActive(Boolean active) {
    this.active = active;
    return this;
  }

  
  @JsonProperty("active")
  public Boolean getActive() {
    return active;
  }

  @JsonProperty("active")
  public void setActive(Boolean active) {
    this.active = active;
  }

  /**
   **/
  public WebhookSubscription withCreatedAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  
  @JsonProperty("created_at")
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  @JsonProperty("created_at")
  public void setCreatedAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
  }

  /**
   **/
  public WebhookSubscription withEvents(List<String> events) {
    this.events = events;
    return this;
  }

  
  @JsonProperty("events")
  public List<String> getEvents() {
    return events;
  }

  @JsonProperty("events")
  public void setEvents(List<String> events) {
    this.events = events;
  }

  public WebhookSubscription addEventsItem(String eventsItem) {
    if (this.events == null) {
      this.events = new ArrayList<>();
    }

    this.events.add(eventsItem);
    return this;
  }

  public WebhookSubscription removeEventsItem(String eventsItem) {
    if (eventsItem != null && this.events != null) {
      this.events.remove(eventsItem);
    }

    return this;
  }
  /**
   **/
  public WebhookSubscription withSecretSet(Boolean secretSet) {
    this.secretSet = secretSet;
    return this;
  }

  
  @JsonProperty("secret_set")
  public Boolean getSecretSet() {
    return secretSet;
  }

  @JsonProperty("secret_set")
  public void setSecretSet(Boolean secretSet) {
    this.secretSet = secretSet;
  }

  /**
   * Sent, never shown back.
   **/
  public WebhookSubscription withSecret(String secret) {
    this.secret = secret;
    return this;
  }

  
  @JsonProperty("secret")
  public String getSecret() {
    return secret;
  }

  @JsonProperty("secret")
  public void setSecret(String secret) {
    this.secret = secret;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    WebhookSubscription webhookSubscription = (WebhookSubscription) o;
    return Objects.equals(this.type, webhookSubscription.type) &&
        Objects.equals(this.uuid, webhookSubscription.uuid) &&
        Objects.equals(this.url, webhookSubscription.url) &&
        Objects.equals(this.description, webhookSubscription.description) &&
        Objects.equals(this.subjectType, webhookSubscription.subjectType) &&
        Objects.equals(this.subject, webhookSubscription.subject) &&
        Objects.equals(this.active, webhookSubscription.active) &&
        Objects.equals(this.createdAt, webhookSubscription.createdAt) &&
        Objects.equals(this.events, webhookSubscription.events) &&
        Objects.equals(this.secretSet, webhookSubscription.secretSet) &&
        Objects.equals(this.secret, webhookSubscription.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, uuid, url, description, subjectType, subject, active, createdAt, events, secretSet, secret);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class WebhookSubscription {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    uuid: ").append(toIndentedString(uuid)).append("\n");
    sb.append("    url: ").append(toIndentedString(url)).append("\n");
    sb.append("    description: ").append(toIndentedString(description)).append("\n");
    sb.append("    subjectType: ").append(toIndentedString(subjectType)).append("\n");
    sb.append("    subject: ").append(toIndentedString(subject)).append("\n");
    sb.append("    active: ").append(toIndentedString(active)).append("\n");
    sb.append("    createdAt: ").append(toIndentedString(createdAt)).append("\n");
    sb.append("    events: ").append(toIndentedString(events)).append("\n");
    sb.append("    secretSet: ").append(toIndentedString(secretSet)).append("\n");
    sb.append("    secret: ").append(toIndentedString(secret)).append("\n");
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
