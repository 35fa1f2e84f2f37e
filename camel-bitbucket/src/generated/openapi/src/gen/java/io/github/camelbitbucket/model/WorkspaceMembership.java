package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.Account;
import io.github.camelbitbucket.model.Links;
import io.github.camelbitbucket.model.Workspace;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("WorkspaceMembership")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class WorkspaceMembership  implements Serializable {
  private String type;
  private Account user;
  private Workspace workspace;
  private Links links;

  public WorkspaceMembership() {
  }

  /**
   **/
  public WorkspaceMembership withType(String type) {
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
  public WorkspaceMembership withUser(Account user) {
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
  public WorkspaceMembership withWorkspace(Workspace workspace) {
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
   **/
  public WorkspaceMembership withLinks(Links links) {
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
    WorkspaceMembership workspaceMembership = (WorkspaceMembership) o;
    return Objects.equals(this.type, workspaceMembership.type) &&
        Objects.equals(this.user, workspaceMembership.user) &&
        Objects.equals(this.workspace, workspaceMembership.workspace) &&
        Objects.equals(this.links, workspaceMembership.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, user, workspace, links);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class WorkspaceMembership {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    user: ").append(toIndentedString(user)).append("\n");
    sb.append("    workspace: ").append(toIndentedString(workspace)).append("\n");
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
