using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Diagnostics;
using EntityDtoGen.Model;

namespace EntityDtoGen.Planning;

/// <summary>What Create carries once the constructor is chosen, and what <c>Create{Member}</c> suppliers fill in.</summary>
internal static class CreateRules
{
    /// <summary>
    /// A candidate is in Create when a constructor parameter takes it or a public setter does. A value the entity sets
    /// itself (a constructor assignment, an initializer) is not required: a constant is repeated as the member's
    /// default, anything else makes the member nullable so that only a value the client sent replaces the entity's.
    /// </summary>
    public static void Apply(EntityDeclaration entity, List<MemberPlan> members, ConstructorDeclaration constructor, List<ConstructorArgumentModel> arguments)
    {
        // A member the user supplies with Create{Member} is the server's to set, not the client's.
        foreach (var member in members.Where(m => m.IsCreateCandidate && !entity.SupplierMethods.Contains("Create" + m.Name)))
        {
            var declaration = member.Declaration;
            var argument = arguments.FirstOrDefault(a => a.Member == declaration.Name);
            if (argument.Member is not null)
            {
                var parameter = constructor.Parameters.First(p => p.Name == argument.Parameter);
                member.InCreate = true;
                member.CreateBinding = CreateBinding.ConstructorArgument;
                member.CreateDefault = parameter.IsOptional ? parameter.DefaultValue : null;
                member.RequiredInCreate = !parameter.IsOptional && declaration.IsNonNullable;
                continue;
            }

            if (declaration.Setter is not (SetterKind.Public or SetterKind.PublicInit))
            {
                continue;
            }

            member.InCreate = true;
            member.CreateBinding = CreateBinding.Initializer;
            var assigned = constructor.Assigned.FirstOrDefault(a => a.Member == member.Name);
            var (kind, value) = assigned.Member is not null
                ? (assigned.Value is null ? InitializerKind.Unreproducible : InitializerKind.Reproducible, assigned.Value)
                : (declaration.Initializer, declaration.InitializerDefault);
            if (declaration.IsRequired)
            {
                member.RequiredInCreate = true;
            }
            else if (kind == InitializerKind.Reproducible)
            {
                member.CreateDefault = value;
            }
            else if (kind == InitializerKind.Unreproducible)
            {
                // An init-only member can only be set in the object initializer, so "keep the entity's value" is not possible.
                member.CreateBinding = declaration.Setter == SetterKind.PublicInit ? CreateBinding.Initializer : CreateBinding.KeepEntityDefault;
                member.RequiredInCreate = declaration.Setter == SetterKind.PublicInit;
            }
            else
            {
                member.RequiredInCreate = declaration.IsNonNullable;
            }
        }
    }

    /// <summary>
    /// A member Create does not carry can still be set by <c>ToEntity</c> through a user-written
    /// <c>Create{Member}(source)</c> method; a <c>required</c> member with neither stops generation (EDG006), because
    /// <c>new Entity { }</c> would not compile.
    /// </summary>
    public static List<SupplierModel> Suppliers(EntityDeclaration entity, List<MemberPlan> members, ConstructorDeclaration constructor, List<ConstructorArgumentModel> arguments, List<PlanProblem> problems)
    {
        var suppliers = new List<SupplierModel>();
        var throughConstructor = new HashSet<string>(arguments.Select(a => a.Member ?? a.Supplier!.Substring("Create".Length)));
        var settable = members
            .Where(m => m.Declaration.Setter is SetterKind.Public or SetterKind.PublicInit && !m.InCreate && !throughConstructor.Contains(m.Name))
            .Select(m => (m.Declaration.Name, m.Name, m.Declaration.IsRequired, Why: m.WhyNotInCreate))
            .Concat(entity.Fields.Select(f => (f.Name, Name: f.Name.TrimStart('@'), f.IsRequired, Why: "it is a field")));
        foreach (var (identifier, name, isRequired, why) in settable)
        {
            var method = "Create" + name;
            if (entity.SupplierMethods.Contains(method))
            {
                suppliers.Add(new SupplierModel(identifier, method));
            }
            else if (isRequired && !constructor.SetsRequiredMembers)
            {
                problems.Add(new PlanProblem(DiagnosticDescriptors.UnsuppliedRequiredMember, name, [entity.Name, name, why]));
            }
        }

        return suppliers;
    }
}
