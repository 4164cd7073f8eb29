using System;
using System.Collections.Generic;
using System.Linq;

namespace RealModels.Ordering;

/// <summary>A domain event raised by an aggregate and dispatched when the unit of work commits.</summary>
public interface IDomainEvent
{
}

/// <summary>Marks the root of an aggregate; repositories exist only for these.</summary>
public interface IAggregateRoot
{
}

public abstract class Entity
{
    private int? _requestedHashCode;
    private int _Id;
    private List<IDomainEvent>? _domainEvents;

    public virtual int Id
    {
        get => _Id;
        protected set => _Id = value;
    }

    public IReadOnlyCollection<IDomainEvent> DomainEvents => (_domainEvents ??= new List<IDomainEvent>()).AsReadOnly();

    public void AddDomainEvent(IDomainEvent eventItem)
    {
        _domainEvents ??= new List<IDomainEvent>();
        _domainEvents.Add(eventItem);
    }

    public void RemoveDomainEvent(IDomainEvent eventItem) => _domainEvents?.Remove(eventItem);

    public void ClearDomainEvents() => _domainEvents?.Clear();

    public bool IsTransient() => Id == default;

    public override bool Equals(object? obj)
    {
        if (obj is not Entity item)
        {
            return false;
        }

        if (ReferenceEquals(this, item))
        {
            return true;
        }

        if (GetType() != item.GetType() || item.IsTransient() || IsTransient())
        {
            return false;
        }

        return item.Id == Id;
    }

    public override int GetHashCode()
    {
        if (!IsTransient())
        {
            // XOR for random distribution (http://blogs.msdn.com/b/ericlippert/archive/2011/02/28/guidelines-and-rules-for-gethashcode.aspx)
            _requestedHashCode ??= Id.GetHashCode() ^ 31;
            return _requestedHashCode.Value;
        }

        return base.GetHashCode();
    }
}

public abstract class ValueObject
{
    protected abstract IEnumerable<object?> GetEqualityComponents();

    public override bool Equals(object? obj)
    {
        if (obj == null || obj.GetType() != GetType())
        {
            return false;
        }

        var other = (ValueObject)obj;
        return GetEqualityComponents().SequenceEqual(other.GetEqualityComponents());
    }

    public override int GetHashCode() =>
        GetEqualityComponents().Select(x => x != null ? x.GetHashCode() : 0).Aggregate(0, (x, y) => x ^ y);

    public ValueObject GetCopy() => (ValueObject)MemberwiseClone();
}

public class OrderingDomainException : Exception
{
    public OrderingDomainException(string message)
        : base(message)
    {
    }
}
