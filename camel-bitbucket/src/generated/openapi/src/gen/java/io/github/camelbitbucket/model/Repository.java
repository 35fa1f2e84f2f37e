package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.Branch;
import io.github.camelbitbucket.model.Links;
import io.github.camelbitbucket.model.Project;
import io.github.camelbitbucket.model.Workspace;
import java.time.OffsetDateTime;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("Repository")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class Repository  implements Serializable {
  private String type;
  private String uuid;
  private String name;
  private String slug;
  private String fullName;
  private String description;
  private Boolean isPrivate;
  private String language;
  private Boolean hasIssues;
  private Long size;
  private OffsetDateTime createdOn;
  private OffsetDateTime updatedOn;
  private Branch mainbranch;
  private Project project;
  private Links links;
  private String scm;
  private String forkPolicy;
  private Workspace workspace;
  private Object parent;

  public Repository() {
  }

  /**
   **/
  public Repository withType(String type) {
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
  public Repository withUuid(String uuid) {
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
  public Repository withName(String name) {
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
  public Repository withSlug(String slug) {
    this.slug = slug;
    return this;
  }

  
  @JsonProperty("slug")
  public String getSlug() {
    return slug;
  }

  @JsonProperty("slug")
  public void setSlug(String slug) {
    this.slug = slug;
  }

  /**
   **/
  public Repository withFullName(String fullName) {
    this.fullName = fullName;
    return this;
  }

  
  @JsonProperty("full_name")
  public String getFullName() {
    return fullName;
  }

  @JsonProperty("full_name")
  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  /**
   **/
  public Repository withDescription(String description) {
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
  public Repository withIsPrivate(Boolean isPrivate) {
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
  public Repository withLanguage(String language) {
    this.language = language;
    return this;
  }

  
  @JsonProperty("language")
  public String getLanguage() {
    return language;
  }

  @JsonProperty("language")
  public void setLanguage(String language) {
    this.language = language;
  }

  /**
   **/
  public Repository withHasIssues(Boolean hasIssues) {
    this.hasIssues = hasIssues;
    return this;
  }

  
  @JsonProperty("has_issues")
  public Boolean getHasIssues() {
    return hasIssues;
  }

  @JsonProperty("has_issues")
  public void setHasIssues(Boolean hasIssues) {
    this.hasIssues = hasIssues;
  }

  /**
   **/
  public Repository withSize(Long size) {
    this.size = size;
    return this;
  }

  
  @JsonProperty("size")
  public Long getSize() {
    return size;
  }

  @JsonProperty("size")
  public void setSize(Long size) {
    this.size = size;
  }

  /**
   **/
  public Repository withCreatedOn(OffsetDateTime createdOn) {
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
  public Repository withUpdatedOn(OffsetDateTime updatedOn) {
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
  public Repository withMainbranch(Branch mainbranch) {
    this.mainbranch = mainbranch;
    return this;
  }

  
  @JsonProperty("mainbranch")
  public Branch getMainbranch() {
    return mainbranch;
  }

  @JsonProperty("mainbranch")
  public void setMainbranch(Branch mainbranch) {
    this.mainbranch = mainbranch;
  }

  /**
   **/
  public Repository withProject(Project project) {
    this.project = project;
    return this;
  }

  
  @JsonProperty("project")
  public Project getProject() {
    return project;
  }

  @JsonProperty("project")
  public void setProject(Project project) {
    this.project = project;
  }

  /**
   **/
  public Repository withLinks(Links links) {
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

  /**
   **/
  public Repository withScm(String scm) {
    this.scm = scm;
    return this;
  }

  
  @JsonProperty("scm")
  public String getScm() {
    return scm;
  }

  @JsonProperty("scm")
  public void setScm(String scm) {
    this.scm = scm;
  }

  /**
   **/
  public Repository withForkPolicy(String forkPolicy) {
    this.forkPolicy = forkPolicy;
    return this;
  }

  
  @JsonProperty("fork_policy")
  public String getForkPolicy() {
    return forkPolicy;
  }

  @JsonProperty("fork_policy")
  public void setForkPolicy(String forkPolicy) {
    this.forkPolicy = forkPolicy;
  }

  /**
   **/
  public Repository withWorkspace(Workspace workspace) {
    this.workspace = workspace;
    return this;
  }

  
  @JsonProperty("workspace")
  public Workspace getWorkspace() {
    return workspace;
  }

  @JsonProperty("workspace")
  public void setWorkspace(Workspace workspace) {
    this.workspace = workspace;
  }

  /**
   * The repository a fork was made from.
   **/
  public Repository withParent(Object parent) {
    this.parent = parent;
    return this;
  }

  
  @JsonProperty("parent")
  public Object getParent() {
    return parent;
  }

  @JsonProperty("parent")
  public void setParent(Object parent) {
    this.parent = parent;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Repository repository = (Repository) o;
    return Objects.equals(this.type, repository.type) &&
        Objects.equals(this.uuid, repository.uuid) &&
        Objects.equals(this.name, repository.name) &&
        Objects.equals(this.slug, repository.slug) &&
        Objects.equals(this.fullName, repository.fullName) &&
        Objects.equals(this.description, repository.description) &&
        Objects.equals(this.isPrivate, repository.isPrivate) &&
        Objects.equals(this.language, repository.language) &&
        Objects.equals(this.hasIssues, repository.hasIssues) &&
        Objects.equals(this.size, repository.size) &&
        Objects.equals(this.createdOn, repository.createdOn) &&
        Objects.equals(this.updatedOn, repository.updatedOn) &&
        Objects.equals(this.mainbranch, repository.mainbranch) &&
        Objects.equals(this.project, repository.project) &&
        Objects.equals(this.links, repository.links) &&
        Objects.equals(this.scm, repository.scm) &&
        Objects.equals(this.forkPolicy, repository.forkPolicy) &&
        Objects.equals(this.workspace, repository.workspace) &&
        Objects.equals(this.parent, repository.parent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, uuid, name, slug, fullName, description, isPrivate, language, hasIssues, size, createdOn, updatedOn, mainbranch, project, links, scm, forkPolicy, workspace, parent);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Repository {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    uuid: ").append(toIndentedString(uuid)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    slug: ").append(toIndentedString(slug)).append("\n");
    sb.append("    fullName: ").append(toIndentedString(fullName)).append("\n");
    sb.append("    description: ").append(toIndentedString(description)).append("\n");
    sb.append("    isPrivate: ").append(toIndentedString(isPrivate)).append("\n");
    sb.append("    language: ").append(toIndentedString(language)).append("\n");
    sb.append("    hasIssues: ").append(toIndentedString(hasIssues)).append("\n");
    sb.append("    size: ").append(toIndentedString(size)).append("\n");
    sb.append("    createdOn: ").append(toIndentedString(createdOn)).append("\n");
    sb.append("    updatedOn: ").append(toIndentedString(updatedOn)).append("\n");
    sb.append("    mainbranch: ").append(toIndentedString(mainbranch)).append("\n");
    sb.append("    project: ").append(toIndentedString(project)).append("\n");
    sb.append("    links: ").append(toIndentedString(links)).append("\n");
    sb.append("    scm: ").append(toIndentedString(scm)).append("\n");
    sb.append("    forkPolicy: ").append(toIndentedString(forkPolicy)).append("\n");
    sb.append("    workspace: ").append(toIndentedString(workspace)).append("\n");
    sb.append("    parent: ").append(toIndentedString(parent)).append("\n");
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
