<#-- The bundled libraries for Help > About, one a line, tab-separated: name, groupId:artifactId, version,
     licences, URL. Read by dev.switchboard.app.BundledLibraries; written by license-maven-plugin (pom.xml). -->
<#list dependencyMap as e>
<#assign p = e.getKey()/>
${(p.name!p.artifactId)?replace("\t", " ")}	${p.groupId}:${p.artifactId}	${p.version}	<#list e.getValue() as licence>${licence}<#sep>; </#sep></#list>	${p.url!""}
</#list>
