package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.Workspace;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("WorkspaceAccess")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class WorkspaceAccess  implements Serializable {
  private String type;
  private Boolean administrator;
  private Workspace workspace;

  public WorkspaceAccess() {
  }

  /**
   **/
  public WorkspaceAccess withType(String type) {
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
  public WorkspaceAccess withAdministrator(Boolean administrator) {
    this.administrator = administrator;
    return this;
  }

  
  @JsonProperty("administrator")
  public Boolean getAdministrator() {
    return administrator;
  }

  @JsonProperty("administrator")
  public void setAdministrator(Boolean administrator) {
    this.administrator = administrator;
  }

  /**
   **/
  public WorkspaceAccess withWorkspace(Workspace workspace) {
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


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    WorkspaceAccess workspaceAccess = (WorkspaceAccess) o;
    return Objects.equals(this.type, workspaceAccess.type) &&
        Objects.equals(this.administrator, workspaceAccess.administrator) &&
        Objects.equals(this.workspace, workspaceAccess.workspace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, administrator, workspace);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class WorkspaceAccess {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    administrator: ").append(toIndentedString(administrator)).append("\n");
    sb.append("    workspace: ").append(toIndentedString(workspace)).append("\n");
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
