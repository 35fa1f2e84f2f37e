package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.Links;
import java.time.OffsetDateTime;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("Project")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class Project  implements Serializable {
  private String type;
  private String uuid;
  private String key;
  private String name;
  private String description;
  private Boolean isPrivate;
  private Boolean hasPubliclyVisibleRepos;
  private OffsetDateTime createdOn;
  private OffsetDateTime updatedOn;
  private Links links;

  public Project() {
  }

  /**
   **/
  public Project withType(String type) {
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
  public Project withUuid(String uuid) {
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
  public Project withKey(String key) {
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
  public Project withName(String name) {
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
  public Project withDescription(String description) {
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
  public Project withIsPrivate(Boolean isPrivate) {
    this.isPrivate = isPrivate;
    return this;
  }

  
  @JsonProperty("is_private")
  public Boolean getIsPrivate() {
    return isPrivate;
  }

  @JsonProperty("is_private")
  public void setIsPrivate(Boolean isPrivate) {
    this.isPrivate = isPrivate;
  }

  /**
   **/
  public Project withHasPubliclyVisibleRepos(Boolean hasPubliclyVisibleRepos) {
    this.hasPubliclyVisibleRepos = hasPubliclyVisibleRepos;
    return this;
  }

  
  @JsonProperty("has_publicly_visible_repos")
  public Boolean getHasPubliclyVisibleRepos() {
    return hasPubliclyVisibleRepos;
  }

  @JsonProperty("has_publicly_visible_repos")
  public void setHasPubliclyVisibleRepos(Boolean hasPubliclyVisibleRepos) {
    this.hasPubliclyVisibleRepos = hasPubliclyVisibleRepos;
  }

  /**
   **/
  public Project withCreatedOn(OffsetDateTime createdOn) {
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
  public Project withUpdatedOn(OffsetDateTime updatedOn) {
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
  public Project withLinks(Links links) {
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
    Project project = (Project) o;
    return Objects.equals(this.type, project.type) &&
        Objects.equals(this.uuid, project.uuid) &&
        Objects.equals(this.key, project.key) &&
        Objects.equals(this.name, project.name) &&
        Objects.equals(this.description, project.description) &&
        Objects.equals(this.isPrivate, project.isPrivate) &&
        Objects.equals(this.hasPubliclyVisibleRepos, project.hasPubliclyVisibleRepos) &&
        Objects.equals(this.createdOn, project.createdOn) &&
        Objects.equals(this.updatedOn, project.updatedOn) &&
        Objects.equals(this.links, project.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, uuid, key, name, description, isPrivate, hasPubliclyVisibleRepos, createdOn, updatedOn, links);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Project {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    uuid: ").append(toIndentedString(uuid)).append("\n");
    sb.append("    key: ").append(toIndentedString(key)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    description: ").append(toIndentedString(description)).append("\n");
    sb.append("    isPrivate: ").append(toIndentedString(isPrivate)).append("\n");
    sb.append("    hasPubliclyVisibleRepos: ").append(toIndentedString(hasPubliclyVisibleRepos)).append("\n");
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
