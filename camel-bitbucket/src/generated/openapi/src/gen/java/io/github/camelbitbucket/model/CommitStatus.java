package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.CommitRef;
import io.github.camelbitbucket.model.CommitStatusState;
import io.github.camelbitbucket.model.Links;
import java.time.OffsetDateTime;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("CommitStatus")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class CommitStatus  implements Serializable {
  private String type;
  private String uuid;
  private CommitRef commit;
  private String key;
  private CommitStatusState state;
  private String name;
  private String url;
  private String description;
  private String refname;
  private OffsetDateTime createdOn;
  private OffsetDateTime updatedOn;
  private Links links;

  public CommitStatus() {
  }

  /**
   **/
  public CommitStatus withType(String type) {
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
  public CommitStatus withUuid(String uuid) {
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
  public CommitStatus withCommit(CommitRef commit) {
    this.commit = commit;
    return this;
  }

  
  @JsonProperty("commit")
  public CommitRef getCommit() {
    return commit;
  }

  @JsonProperty("commit")
  public void setCommit(CommitRef commit) {
    this.commit = commit;
  }

  /**
   **/
  public CommitStatus withKey(String key) {
    this.key = key;
    return this;
  }

  
  @JsonProperty("key")
  public String getKey() {
    return key;
  }

  @JsonProperty("key")
  public void setKey(String key) {
    this.key = key;
  }

  /**
   **/
  public CommitStatus withState(CommitStatusState state) {
    this.state = state;
    return this;
  }

  
  @JsonProperty("state")
  public CommitStatusState getState() {
    return state;
  }

  @JsonProperty("state")
  public void setState(CommitStatusState state) {
    this.state = state;
  }

  /**
   **/
  public CommitStatus withName(String name) {
    this.name = name;
    return this;
  }

  
  @JsonProperty("name")
  public String getName() {
    return name;
  }

  @JsonProperty("name")
  public void setName(String name) {
    this.name = name;
  }

  /**
   **/
  public CommitStatus withUrl(String url) {
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
  public CommitStatus withDescription(String description) {
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
  public CommitStatus withRefname(String refname) {
    this.refname = refname;
    return this;
  }

  
  @JsonProperty("refname")
  public String getRefname() {
    return refname;
  }

  @JsonProperty("refname")
  public void setRefname(String refname) {
    this.refname = refname;
  }

  /**
   **/
  public CommitStatus withCreatedOn(OffsetDateTime createdOn) {
    this.createdOn = createdOn;
    return this;
  }

  
  @JsonProperty("created_on")
  public OffsetDateTime getCreatedOn() {
    return createdOn;
  }

  @JsonProperty("created_on")
  public void setCreatedOn(OffsetDateTime createdOn) {
    this.createdOn = createdOn;
  }

  /**
   **/
  public CommitStatus withUpdatedOn(OffsetDateTime updatedOn) {
    this.updatedOn = updatedOn;
    return this;
  }

  
  @JsonProperty("updated_on")
  public OffsetDateTime getUpdatedOn() {
    return updatedOn;
  }

  @JsonProperty("updated_on")
  public void setUpdatedOn(OffsetDateTime updatedOn) {
    this.updatedOn = updatedOn;
  }

  /**
   **/
  public CommitStatus withLinks(Links links) {
    this.links = links;
    return this;
  }

  
  @JsonProperty("links")
  public Links getLinks() {
    return links;
  }

  @JsonProperty("links")
  public void setLinks(Links links) {
    this.links = links;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CommitStatus commitStatus = (CommitStatus) o;
    return Objects.equals(this.type, commitStatus.type) &&
        Objects.equals(this.uuid, commitStatus.uuid) &&
        Objects.equals(this.commit, commitStatus.commit) &&
        Objects.equals(this.key, commitStatus.key) &&
        Objects.equals(this.state, commitStatus.state) &&
        Objects.equals(this.name, commitStatus.name) &&
        Objects.equals(this.url, commitStatus.url) &&
        Objects.equals(this.description, commitStatus.description) &&
        Objects.equals(this.refname, commitStatus.refname) &&
        Objects.equals(this.createdOn, commitStatus.createdOn) &&
        Objects.equals(this.updatedOn, commitStatus.updatedOn) &&
        Objects.equals(this.links, commitStatus.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, uuid, commit, key, state, name, url, description, refname, createdOn, updatedOn, links);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class CommitStatus {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    uuid: ").append(toIndentedString(uuid)).append("\n");
    sb.append("    commit: ").append(toIndentedString(commit)).append("\n");
    sb.append("    key: ").append(toIndentedString(key)).append("\n");
    sb.append("    state: ").append(toIndentedString(state)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    url: ").append(toIndentedString(url)).append("\n");
    sb.append("    description: ").append(toIndentedString(description)).append("\n");
    sb.append("    refname: ").append(toIndentedString(refname)).append("\n");
    sb.append("    createdOn: ").append(toIndentedString(createdOn)).append("\n");
    sb.append("    updatedOn: ").append(toIndentedString(updatedOn)).append("\n");
    sb.append("    links: ").append(toIndentedString(links)).append("\n");
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
